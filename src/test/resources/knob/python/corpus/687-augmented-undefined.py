total += 1
