x = none
