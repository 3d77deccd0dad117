if True:
	if True:
		print(2)
        print(3)
