def f(goal_pred):
    return goal_prd
f(1)
