step_amount = 0.1
step_amoutn = 1
print(step_amout)
