if True:
    if True:
	print(2)
