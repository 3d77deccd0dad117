print('None in (1, 2) ->', ((None) in ((1, 2))))
