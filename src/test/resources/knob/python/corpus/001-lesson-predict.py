# Knob: predict.
# Run with python3: it prints the transcript that Knob shows, line for line.

def squared(miss):
    # (miss) ** 2, as Knob computes it: correctly rounded, and OverflowError where ** raises
    result = miss * miss
    if result == float('inf') and abs(miss) != float('inf'):
        result = 10.0 ** 400  # OverflowError: (34, 'Numerical result out of range'), as ** gives
    return result

weight = 0.5
goal_pred = 0.8
my_input = 0.5
alpha = 1.0

for iteration in range(1):
    pred = my_input * weight
    error = squared(pred - goal_pred)
    delta = pred - goal_pred
    weight_delta = delta * my_input
    print(error)
    weight = weight - alpha * weight_delta
