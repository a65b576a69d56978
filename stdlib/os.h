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

/* The natives of package os. */
extern const NativeFunc os_natives[];

#endif
