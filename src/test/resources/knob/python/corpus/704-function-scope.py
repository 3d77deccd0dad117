x = 'global'
def show():
    print(x)
def shadow():
    x = 'local'
    print(x)
show()
shadow()
print(x)
def counter(n):
    total = 0
    for i in range(n):
        total += i
    return total
print(counter(10))
def uses_later():
    return later * 2
later = 21
print(uses_later())
