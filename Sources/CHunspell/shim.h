#ifndef TAALMAAT_CHUNSPELL_SHIM_H
#define TAALMAAT_CHUNSPELL_SHIM_H
#include <hunspell.h>
#endif
