# frozen_string_literal: true
require 'json'
require_relative 'models/user'

module Admin
  class UserService < BaseService
    include Comparable
    has_many :users
    LIMIT = 10

    def initialize(repo)
      @repo = repo
    end

    def self.build
      new(nil)
    end

    def find(id)
      @repo.find(id).to_json
    end

    private

    def secret; end
  end
end

def top_level(x)
  puts x
end
