// expected by hand: script mode (statements and declarations mixed, an explicit import, no package clause); output from go1.19 on the equivalent program.
import "strings"

type stack []int

func (s *stack) push(v int) { *s = append(*s, v) }

var total = 100

fmt.Println("start", total)
var st stack
for i := 1; i <= 3; i++ {
	st.push(i * i)
}
fmt.Println(st, len(st))
total += helper(5)
fmt.Println(strings.Repeat("=", 3), total)

func helper(n int) int { return n * 2 }

defer fmt.Println("deferred at the end of the script")
fmt.Println("end")
