print(float('١٢٣.٥'), float('１２'), float('𝟙.𝟝'))
print(float(' 　 2.5'), int('   7 '), float('-1e3'))
