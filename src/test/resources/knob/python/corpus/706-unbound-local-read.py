weight = 0.5
def step():
    print(weight)
    weight = weight - 0.1
step()
