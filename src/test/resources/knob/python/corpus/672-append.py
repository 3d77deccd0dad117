a = []
a.append(1)
a.append('two')
a.append([3])
a.append(a[0])
print(a, len(a))
b = a
b.append(None)
print(a)
x = a.append(5)
print(x)
print(a)
