pred = 1
print(prediction)
