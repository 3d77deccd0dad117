print(int('\u0663\u0664'), int(' \uff11\uff12 '), int('\U0001D7D9'), int('1_\u0662'))
print(int('\u0663x'))
