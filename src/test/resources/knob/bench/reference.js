// Knob's learning loops and number printing written by hand in plain JavaScript: the engine's
// limit that scripts/bench sets the compiled Java beside. Each loop does the same work as
// knob.core.Run: store the weight, predict, check for Python's OverflowError and for
// non-finite numbers, update.
window.referenceBench = {
  gradient: function (n) {
    var input = 0.5, goal = 0.8, alpha = 0.01, w = 0.5, nonFinite = -1;
    var ws = new Float64Array(n + 1);
    for (var i = 0; i < n; i++) {
      ws[i] = w;
      var p = input * w;
      var miss = p - goal;
      var sq = miss * miss;
      if (sq === Infinity || sq !== sq) {
        if (miss === miss && Math.abs(miss) !== Infinity) { break; }
        if (nonFinite < 0) { nonFinite = i; }
      }
      var p2 = input * w;
      var delta = p2 - goal;
      w = w - alpha * (delta * input);
    }
    ws[n] = w;
    return w;
  },
  hotCold: function (n) {
    var input = 0.5, goal = 0.8, step = 1e-7, w = 0.5, nonFinite = -1;
    var ws = new Float64Array(n + 1);
    function over(p) { var m = p - goal; return m === m && Math.abs(m) !== Infinity && Math.abs(m * m) === Infinity; }
    for (var i = 0; i < n; i++) {
      ws[i] = w;
      var p = input * w;
      var miss = p - goal;
      var sq = miss * miss;
      if (sq === Infinity || sq !== sq) {
        if (over(p)) { break; }
        if (nonFinite < 0) { nonFinite = i; }
      }
      var up = goal - input * (w + step); up = up * up;
      var down = goal - input * (w - step); down = down * down;
      if (!(up < Infinity && down < Infinity) && (over(input * (w + step)) || over(input * (w - step)))) { break; }
      if (down < up) { w = w - step; } else if (down > up) { w = w + step; }
    }
    ws[n] = w;
    return w;
  },
  repr: function () {
    var total = 0, xs = window.benchValues;
    for (var i = 0; i < xs.length; i++) { total += String(xs[i]).length; }
    return total;
  }
};
