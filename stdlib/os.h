/*
 * Package os: natives (stdlib/os.go declares the API) and the hook through
 * which the command line reaches os.Args.
 */
#ifndef CSP_STDLIB_OS_H
#define CSP_STDLIB_OS_H

#include "runtime/native.h"

/* Records the program's arguments for os.Args (argv[0] is the program name);
 * called by the VM before package initialization. */
void os_set_args(int argc, char **argv);

/* Reads one byte of standard input (shared with os.Stdin.Read, so bytes
 * pushed back by fmt's scanners are seen by later reads); -1 at end of input
 * or on error. */
int os_stdin_read_byte(NativeCtx *ctx);
/* Pushes bytes back in front of standard input (at most 16 pending). */
void os_stdin_unread(const char *p, int n);
/* Called before the program reads standard input, if set: the REPL's
 * terminal turns its echo back on there while an entry runs. */
extern void (*os_stdin_hook)(void);

/* The natives of package os. */
extern const NativeFunc os_natives[];

#endif
