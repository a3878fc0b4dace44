print("balans")
