print(0o78)
