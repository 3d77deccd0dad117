goal_pred = 1
def f(goal_pre):
    return goal_prd
f(1)
