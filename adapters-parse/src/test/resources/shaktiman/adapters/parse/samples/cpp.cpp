#include <string>
#include "shape.hpp"

namespace geo {

class Shape {
public:
    virtual ~Shape() = default;
    virtual double area() const = 0;
};

class Circle : public Shape, private Named {
public:
    explicit Circle(double r) : r_(r) {}
    double area() const override { return 3.14 * r_ * r_; }
private:
    double r_;
};

struct Point { int x, y; };

template <typename T>
T max_of(T a, T b) { return a > b ? a : b; }

double Circle::perimeter() const { return 2 * 3.14 * r_; }

}  // namespace geo

using Id = long;

int main() {
    geo::Circle c(1.0);
    std::string s = std::to_string(c.area());
    return max_of(1, 2);
}
