# SPDX-License-Identifier: GPL-3.0-or-later
# Shared CMake helpers: one static library per core/ folder and one executable per test.

# pigeon_core_module(NAME SOURCES ... DEPS ...)
# Creates the static library pigeon_<NAME> from core/<NAME>/. Core modules may link
# QtCore, QtNetwork, QtSql, GMime and QtKeychain, never QtGui or QtWidgets: without
# their include paths a GUI include in core/ fails to compile.
# DEPS lists other core modules (by short name) and external targets.
function(pigeon_core_module name)
  cmake_parse_arguments(M "" "" "SOURCES;DEPS" ${ARGN})
  add_library(pigeon_${name} STATIC ${M_SOURCES})
  target_include_directories(pigeon_${name} PUBLIC ${PROJECT_SOURCE_DIR}/core)
  set(libs Qt6::Core)
  foreach(dep IN LISTS M_DEPS)
    if(TARGET pigeon_${dep})
      list(APPEND libs pigeon_${dep})
    else()
      list(APPEND libs ${dep})
    endif()
  endforeach()
  target_link_libraries(pigeon_${name} PUBLIC ${libs})
  set_property(GLOBAL APPEND PROPERTY PIGEON_CORE_MODULES pigeon_${name})
  # Recorded for the layering test: which modules this one may include.
  set_property(GLOBAL PROPERTY PIGEON_DEPS_${name} "${M_DEPS}")
endfunction()

# pigeon_add_test(NAME tst_x SOURCES ... LIBS ... LABELS unit|integration|ui [TIMEOUT s])
# One executable per test source, registered with CTest under its labels.
function(pigeon_add_test name)
  cmake_parse_arguments(T "" "TIMEOUT" "SOURCES;LIBS;LABELS" ${ARGN})
  add_executable(${name} ${T_SOURCES})
  target_link_libraries(${name} PRIVATE Qt6::Test ${T_LIBS})
  target_compile_definitions(${name} PRIVATE
    PIGEON_SOURCE_DIR="${PROJECT_SOURCE_DIR}"
    PIGEON_CORPUS_DIR="${PROJECT_SOURCE_DIR}/../shared/corpus"
    PIGEON_BINARY_DIR="${PROJECT_BINARY_DIR}")
  add_test(NAME ${name} COMMAND ${name})
  if(NOT T_TIMEOUT)
    set(T_TIMEOUT 300)
  endif()
  set_tests_properties(${name} PROPERTIES
    LABELS "${T_LABELS}"
    TIMEOUT ${T_TIMEOUT}
    ENVIRONMENT "QT_QPA_PLATFORM=offscreen;LC_ALL=C.UTF-8;QT_LOGGING_RULES=pigeon.*.debug=false")
endfunction()
