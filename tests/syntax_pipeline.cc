#include "syntax_pipeline.h"

#include <gtest/gtest.h>

#include "sitrep/nlp/embedded_models.h"
#include "test_dictionaries.h"

namespace sitrep::testing {

std::shared_ptr<const nlp::SyntaxModel> EmbeddedTestModel() {
  static std::shared_ptr<const nlp::SyntaxModel> model = [] {
    auto r = nlp::EmbeddedSyntaxModel();
    EXPECT_TRUE(r.ok()) << r.status().ToString();
    return r.ok() ? std::move(r).value() : nullptr;
  }();
  return model;
}

Pipeline& SyntaxTestPipeline() {
  static Pipeline p(TestDictionaries(), Options{}, EmbeddedTestModel());
  return p;
}

Pipeline& SyntaxTestPipelineWithMonads() {
  static Pipeline p = [] {
    Options o;
    o.require_dyad = false;
    return Pipeline(TestDictionaries(), o, EmbeddedTestModel());
  }();
  return p;
}

}  // namespace sitrep::testing
