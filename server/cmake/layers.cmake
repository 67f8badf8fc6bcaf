# The layer rules of docs/architecture.md, checked on every build: a file in a layer that
# includes a layer it must never reach fails the build (not only the convention).
#   cmake -DSRC=server/src -P server/cmake/layers.cmake
function(check layer)
  file(GLOB_RECURSE files "${SRC}/${layer}/*.hpp" "${SRC}/${layer}/*.cpp" "${SRC}/${layer}/*.h")
  foreach(f IN LISTS files)
    file(STRINGS "${f}" lines REGEX "^[ \t]*#[ \t]*include[ \t]*[\"<]")
    foreach(line IN LISTS lines)
      foreach(forbidden IN LISTS ARGN)
        if(line MATCHES "#[ \t]*include[ \t]*[\"<]${forbidden}/")
          file(RELATIVE_PATH rel "${SRC}" "${f}")
          message(SEND_ERROR "layer rule broken: ${rel} (${layer}/) includes ${forbidden}/: ${line}")
        endif()
      endforeach()
    endforeach()
  endforeach()
endfunction()
# check(LAYER FORBIDDEN…): the nevers of the layer picture.
check(domain store api http app export)   # pure rules stay testable and fast
check(text store api http app export domain)  # the guard and the matcher stay pure
check(store api http app export)  # the store knows no HTTP
check(export http store api app)  # exports take data, not connections
check(http api store app export)  # transport knows no handlers
