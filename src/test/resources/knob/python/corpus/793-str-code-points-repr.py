print(repr('\U0001F600'), repr('\U000E0001'), repr('\U0010FFFF'), repr('\u00a0\u00ad\u2028'))
print(repr('caf\u00e9'), len('caf\u00e9'), repr('\u0378'), repr('\U0001F6FF'))
