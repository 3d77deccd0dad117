# Knob: hot-cold.
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
step_amount = 0.001

for iteration in range(1101):
    pred = my_input * weight
    error = squared(pred - goal_pred)
    print("Error: " + str(error) + " Prediction: " + str(pred))
    up_prediction = my_input * (weight + step_amount)
    up_error = squared(goal_pred - up_prediction)
    down_prediction = my_input * (weight - step_amount)
    down_error = squared(goal_pred - down_prediction)
    if up_error < up_error:
        weight = weight - step_amount
    if down_error > up_error:
        weight = weight + step_amount
