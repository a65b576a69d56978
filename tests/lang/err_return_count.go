package main

func two() (int, string) {
	return 1
}

func none() {
	return 5
}

func main() {
	two()
	none()
}
