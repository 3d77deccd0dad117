print(1)
we​ight = 1
