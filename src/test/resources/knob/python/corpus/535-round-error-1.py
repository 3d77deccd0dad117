x = 1
print('before')
print(round(1.7976931348623157e308, -308))
print('not reached')
