data = [5, 3.5, -1, 8, 0, 2, 9, -7, 3]
n = len(data)
for i in range(n):
    for j in range(n - 1 - i):
        if data[j] > data[j + 1]:
            data[j], data[j + 1] = data[j + 1], data[j]
print(data)
words = ['pear', 'apple', 'fig', 'Banana']
for i in range(len(words)):
    for j in range(len(words) - 1):
        if words[j] > words[j + 1]:
            t = words[j]
            words[j] = words[j + 1]
            words[j + 1] = t
print(words)
