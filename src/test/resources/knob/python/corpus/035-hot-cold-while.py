weight = 0.5
goal_pred = 0.8
my_input = 0.5
step_amount = 0.001
iteration = 0
while iteration < 1101:
    pred = my_input * weight
    error = (pred - goal_pred) * (pred - goal_pred)
    up_error = (goal_pred - my_input * (weight + step_amount)) * (goal_pred - my_input * (weight + step_amount))
    down_error = (goal_pred - my_input * (weight - step_amount)) * (goal_pred - my_input * (weight - step_amount))
    if down_error < up_error:
        weight -= step_amount
    elif down_error > up_error:
        weight += step_amount
    iteration += 1
print("Error:", error, "Prediction:", pred, "Iterations:", iteration)
