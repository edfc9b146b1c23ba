#ifndef GAZETTE_CCMARK_SHIM_H
#define GAZETTE_CCMARK_SHIM_H
#include <cmark.h>
#endif
