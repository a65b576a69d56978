package main

func main() {
	println("to", "stderr", 42, true)
	print("no newline ", 7, "\n")
}
