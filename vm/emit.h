/*
 * The bytecode compiler: checked AST (parser/ast.h) to Protos (vm/proto.h).
 */
#ifndef CSP_EMIT_H
#define CSP_EMIT_H

#include "parser/ast.h"
#include "vm/proto.h"

/* Compiles every package's functions and initialization code of a checked
 * program. Reports unsupported constructs through diag and returns NULL if
 * there were any. */
Module *emit_program(Program *prog, Diag *diag);

#endif
