import DipKB
print("dipkb")
