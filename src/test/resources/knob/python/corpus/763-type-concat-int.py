error = 3
print('Error:' + error)
