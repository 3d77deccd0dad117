print(sum([1, 2], 0.5))
print(sum([0.1, 0.2, 0.3]))
print(sum(range(10), -45))
