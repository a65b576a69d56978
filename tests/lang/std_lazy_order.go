package main

// Standard packages check their reachable bodies only once the program is
// checked: here context's bodies used to be checked while io was being
// loaded for a variable's initializer, and found emptyCtx's methods not
// attached yet ("*emptyCtx does not implement Context").

import (
	"bufio"
	"bytes"
	"context"
	"io"
	"strconv"
	"strings"
)

var _ = bufio.NewReader
var _ = strings.NewReader
var _ = strconv.Itoa
var _ = io.EOF
var _ bytes.Buffer
var _ = context.Background

func main() {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	println(ctx.Err() == context.Canceled, ctx.Err().Error())
}
