#pragma once
#include <vector>

namespace util {
template <typename T>
class Stack {
public:
    void push(const T& v) { items_.push_back(v); }
private:
    std::vector<T> items_;
};
}
