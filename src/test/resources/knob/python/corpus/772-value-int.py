print(int('one'))
