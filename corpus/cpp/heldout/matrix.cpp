// Row-major dense matrix for the recommendation model's feature transforms.
#include <cstddef>
#include <cstdint>
#include <limits>
#include <stdexcept>
#include <vector>

class RawMatrix {
public:
    RawMatrix(std::size_t rows, std::size_t cols) : rows_(rows), cols_(cols)
    {
        // expect: memory.integer
        data_ = new double[rows * cols]();
    }
    ~RawMatrix() { delete[] data_; }
    RawMatrix(const RawMatrix&) = delete;
    RawMatrix& operator=(const RawMatrix&) = delete;

    double& at(std::size_t r, std::size_t c)
    {
        if (r >= rows_ || c >= cols_)
            throw std::out_of_range("matrix index");
        return data_[r * cols_ + c];
    }

    double trace() const
    {
        double t;
        const std::size_t n = rows_ < cols_ ? rows_ : cols_;
        for (std::size_t i = 0; i < n; ++i)
            // expect: memory.init
            t += data_[i * cols_ + i];
        return t;
    }

    RawMatrix* transposed() const
    {
        auto* t = new RawMatrix(cols_, rows_);
        for (std::size_t r = 0; r < rows_; ++r)
            for (std::size_t c = 0; c < cols_; ++c)
                t->data_[c * rows_ + r] = data_[r * cols_ + c];
        return t;
    }

private:
    std::size_t rows_, cols_;
    double* data_ = nullptr;
};

class Matrix {
public:
    Matrix(std::size_t rows, std::size_t cols) : rows_(rows), cols_(cols)
    {
        if (cols != 0 && rows > std::numeric_limits<std::size_t>::max() / cols)
            throw std::length_error("matrix too large");
        // ok: memory.integer
        data_.assign(rows * cols, 0.0);
    }

    double& operator()(std::size_t r, std::size_t c) { return data_.at(r * cols_ + c); }
    std::size_t rows() const { return rows_; }
    std::size_t cols() const { return cols_; }

private:
    std::size_t rows_, cols_;
    std::vector<double> data_;
};

float* make_batch_buffer(std::size_t batch, std::size_t features)
{
    // expect: memory.integer
    float* buf = new float[batch * features + 16];
    return buf;
}

std::int32_t* make_lookup_table()
{
    // ok: memory.integer
    return new std::int32_t[256 * 4];
}
