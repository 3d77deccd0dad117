def step(weight, my_input, goal_pred, alpha):
    pred = my_input * weight
    delta = pred - goal_pred
    return weight - alpha * delta * my_input, delta * delta

weight, error = 0.5, 0.0
history = []
for i in range(25):
    weight, error = step(weight, 2.0, 0.8, 0.1)
    history.append(round(error, 6))
print(weight, error)
print(history)
print(min(history), max(history), sum(history), len(history))
