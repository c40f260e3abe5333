// Work-stealing-free, simple fixed thread pool used by the indexer.
#include <condition_variable>
#include <functional>
#include <future>
#include <mutex>
#include <queue>
#include <stdexcept>
#include <thread>
#include <vector>

class ThreadPool {
public:
    explicit ThreadPool(std::size_t threads)
    {
        if (threads == 0 || threads > 256)
            throw std::invalid_argument("thread count");
        for (std::size_t i = 0; i < threads; ++i)
            workers_.emplace_back([this] { loop(); });
    }

    ~ThreadPool()
    {
        {
            std::lock_guard<std::mutex> lock(mu_);
            stopping_ = true;
        }
        cv_.notify_all();
        for (auto& t : workers_)
            t.join();
    }

    template <typename F>
    auto submit(F&& fn) -> std::future<decltype(fn())>
    {
        using R = decltype(fn());
        auto task = std::make_shared<std::packaged_task<R()>>(std::forward<F>(fn));
        std::future<R> fut = task->get_future();
        {
            std::lock_guard<std::mutex> lock(mu_);
            if (stopping_)
                throw std::runtime_error("pool stopped");
            tasks_.emplace([task] { (*task)(); });
        }
        cv_.notify_one();
        return fut;
    }

private:
    void loop()
    {
        for (;;) {
            std::function<void()> job;
            {
                std::unique_lock<std::mutex> lock(mu_);
                cv_.wait(lock, [this] { return stopping_ || !tasks_.empty(); });
                if (stopping_ && tasks_.empty())
                    return;
                job = std::move(tasks_.front());
                tasks_.pop();
            }
            // ok: sandbox.process
            job();
        }
    }

    std::mutex mu_;
    std::condition_variable cv_;
    std::queue<std::function<void()>> tasks_;
    std::vector<std::thread> workers_;
    bool stopping_ = false;
};

int parallel_sum(const std::vector<int>& values)
{
    ThreadPool pool(4);
    std::vector<std::future<long>> parts;
    const std::size_t chunk = (values.size() + 3) / 4;
    for (std::size_t start = 0; start < values.size(); start += chunk) {
        parts.push_back(pool.submit([&values, start, chunk] {
            long s = 0;
            for (std::size_t i = start; i < values.size() && i < start + chunk; ++i)
                s += values[i];
            return s;
        }));
    }
    long total = 0;
    for (auto& f : parts)
        total += f.get();
    return static_cast<int>(total);
}
