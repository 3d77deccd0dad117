weight = 0.5
goal_pred = 0.8
my_input = 2.0
alpha = 0.1
weights = []
errors = []
for iteration in range(20):
    pred = my_input * weight
    error = (pred - goal_pred) ** 2
    errors.append(error)
    weight = weight - alpha * (pred - goal_pred) * my_input
    weights.append(weight)
print(weights[-1], errors[-1])
print(len(weights), min(errors), max(errors))
print(weights[::5])
