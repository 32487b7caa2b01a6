#ifndef MODGRAPH_CGRAPHVIZ_SHIM_H
#define MODGRAPH_CGRAPHVIZ_SHIM_H
#include <graphviz/gvc.h>
#include <graphviz/cgraph.h>
#endif
