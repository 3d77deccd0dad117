print(__nme__)
