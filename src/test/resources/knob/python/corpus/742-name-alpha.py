alpha = 0.1
weight = 0.5
weight -= alhpa * 2
