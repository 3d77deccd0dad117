primes = []
n = 2
while len(primes) < 25:
    is_prime = True
    for p in primes:
        if p * p > n:
            break
        if n % p == 0:
            is_prime = False
            break
    if is_prime:
        primes.append(n)
    n += 1
print(primes)
print(sum(primes), max(primes), min(primes))
