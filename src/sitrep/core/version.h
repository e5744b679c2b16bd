// sitrep's version. Keep in sync with project(VERSION) in the top-level CMakeLists.txt.
#pragma once

#define SITREP_VERSION "0.1.0"
