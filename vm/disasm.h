/*
 * The bytecode disassembler (`csp disasm`): one readable line per
 * instruction, with its source line.
 */
#ifndef CSP_DISASM_H
#define CSP_DISASM_H

#include <stdio.h>
#include "vm/proto.h"

/* Prints one function's code. */
void disasm_proto(const Proto *p, FILE *out);
/* Prints every function of a module. */
void disasm_module(const Module *m, FILE *out);

#endif
